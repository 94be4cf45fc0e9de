import type {CSSProperties} from 'react';

type Props = {username: string; avatarUrl: string | null};

/** A person as the sidebar shows them: avatar (or their initial until it is known) and @username. */
export function PersonChip({username, avatarUrl}: Props) {
    return (
        <span style={chipStyles.chip}>
            {/* Decorative: the name beside it says who it is. */}
            {avatarUrl ?
                <img src={avatarUrl} alt='' style={chipStyles.avatar}/> :
                <span aria-hidden='true' style={{...chipStyles.avatar, ...chipStyles.initial}}>{username.charAt(0).toUpperCase()}</span>}
            <span>{`@${username}`}</span>
        </span>
    );
}

const chipStyles = {
    chip: {display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600, color: 'var(--center-channel-color)'},
    avatar: {width: 20, height: 20, borderRadius: '50%', flex: 'none'},
    initial: {
        display: 'inline-flex', alignItems: 'center', justifyContent: 'center', fontSize: 11,
        background: 'rgba(var(--center-channel-color-rgb), 0.16)', color: 'var(--center-channel-color)',
    },
} satisfies Record<string, CSSProperties>;
