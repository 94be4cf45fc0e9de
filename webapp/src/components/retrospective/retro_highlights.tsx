import {useRef, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import {fieldStyles} from '../common/field';
import {actionStyles} from '../common/form_actions';
import {useSreEnv} from '../common/sre_env';

import {highlightAt, localOf, type HighlightDraft, type RetroDraft} from './retro_draft';
import {retroStyles} from './retro_styles';

type Props = {draft: RetroDraft; change: (patch: Partial<RetroDraft>) => void; errors: Record<string, string>; isReadOnly: boolean};

/** The timeline as the review tells it: lines taken from the recorded events, edited, added or removed. */
export function RetroHighlights({draft, change, errors, isReadOnly}: Props) {
    const {now} = useSreEnv();
    const lines = draft.highlights;
    const added = useRef(0);
    const set = (k: number, line: HighlightDraft) => change({highlights: lines.map((h, i) => (i === k ? line : h))});
    // Loaded lines are keyed h0, h1…; added ones n0, n1…, so a key never moves to another line.
    const add = () => change({highlights: [...lines, highlightAt(`n${String(added.current++)}`, localOf(now().toISO() ?? ''), '')]});
    return (
        <section aria-labelledby='sre-retro-highlights' style={retroStyles.section}>
            <h3 id='sre-retro-highlights' style={retroStyles.heading}>
                <FormattedMessage id='retro.highlights' defaultMessage='Timeline highlights'/>
            </h3>
            <ol style={highlightStyles.list}>
                {lines.map((h, k) => (
                    <HighlightRow key={h.key} index={k} line={h} isReadOnly={isReadOnly} onChange={(line) => set(k, line)}
                        onRemove={() => change({highlights: lines.filter((_, i) => i !== k)})}
                        error={errors[`highlights.${k}.at`] ?? errors[`highlights.${k}.text`]}/>
                ))}
            </ol>
            {lines.length === 0 && <p style={fieldStyles.hint}><FormattedMessage id='retro.highlights.none' defaultMessage='No highlights yet.'/></p>}
            {!isReadOnly && (
                <button type='button' style={actionStyles.secondary} onClick={add}>
                    <i className='icon icon-plus' aria-hidden='true'/>
                    <FormattedMessage id='retro.highlights.add' defaultMessage='Add highlight'/>
                </button>
            )}
            {errors.highlights && <p style={fieldStyles.error}>{errors.highlights}</p>}
        </section>
    );
}

type RowProps = {index: number; line: HighlightDraft; isReadOnly: boolean; error?: string; onChange: (line: HighlightDraft) => void; onRemove: () => void};

function HighlightRow({index, line, isReadOnly, error, onChange, onRemove}: RowProps) {
    const {formatMessage} = useIntl();
    const n = index + 1;
    const errorId = `sre-retro-highlight-${line.key}-error`;
    const invalid = error ? {'aria-invalid': true, 'aria-describedby': errorId} : {};
    return (
        <li style={highlightStyles.item}>
            <div style={highlightStyles.row}>
                <input type='datetime-local' value={line.local} readOnly={isReadOnly} style={{...fieldStyles.control, ...highlightStyles.time}} {...invalid}
                    aria-label={formatMessage({id: 'retro.highlights.time', defaultMessage: 'Time of highlight {n}'}, {n})}
                    onChange={(e) => onChange(highlightAt(line.key, e.target.value, line.text))}/>
                <input type='text' value={line.text} readOnly={isReadOnly} style={{...fieldStyles.control, ...highlightStyles.text}} {...invalid}
                    aria-label={formatMessage({id: 'retro.highlights.text', defaultMessage: 'Highlight {n}'}, {n})}
                    onChange={(e) => onChange({...line, text: e.target.value})}/>
                {!isReadOnly && (
                    <button type='button' style={retroStyles.iconButton} onClick={onRemove}
                        aria-label={formatMessage({id: 'retro.highlights.remove', defaultMessage: 'Remove highlight {n}'}, {n})}>
                        <i className='icon icon-trash-can-outline' aria-hidden='true'/>
                    </button>
                )}
            </div>
            {error && <span id={errorId} style={fieldStyles.error}>{error}</span>}
        </li>
    );
}

const highlightStyles = {
    list: {listStyle: 'none', margin: '0 0 8px', padding: 0, display: 'flex', flexDirection: 'column', gap: 6},
    item: {display: 'flex', flexDirection: 'column', gap: 2},
    row: {display: 'flex', gap: 6, alignItems: 'center'},
    time: {flex: 'none', width: 190},
    text: {flex: 1, minWidth: 0},
} satisfies Record<string, CSSProperties>;
