import {useState, type CSSProperties} from 'react';
import {FormattedMessage, useIntl} from 'react-intl';

import type {TemplateView} from '../../../../server-ts/src/contract/incidents';
import type {ApiError, Result} from '../../api/result';
import {Section} from '../common/section';
import {styles} from '../common/styles';
import {DrillBadge} from '../common/drill_badge';
import {useCompanionClient} from '../common/use_companion_client';
import {useTemplates} from '../declare/use_templates';

import {TemplateEditor} from './template_editor';
import {useMe} from './use_me';

// null: the list; 'new': a blank editor; a template: editing it.
type Editing = null | 'new' | TemplateView;

/** Incident channel templates, for SREs only: list, edit, duplicate, archive, create. */
export function TemplatesSection() {
    const me = useMe();
    const [isOpen, setOpen] = useState(false);
    if (!me?.isSre) {
        return null;
    }
    const toggle = (
        <button type='button' aria-expanded={isOpen} aria-controls='sre-templates-body' style={listStyles.toggle} onClick={() => setOpen(!isOpen)}>
            {isOpen ? <FormattedMessage id='templates.hide' defaultMessage='Hide'/> : <FormattedMessage id='templates.show' defaultMessage='Show'/>}
        </button>
    );
    return (
        <Section id='templates' icon='icon-file-document-outline' title={<FormattedMessage id='templates.title' defaultMessage='Templates'/>} aside={toggle}>
            {isOpen && <div id='sre-templates-body'><TemplatesBody/></div>}
        </Section>
    );
}

function TemplatesBody() {
    const client = useCompanionClient();
    const {templates, error, reload} = useTemplates();
    const [editing, setEditing] = useState<Editing>(null);
    const [actionError, setActionError] = useState<ApiError | null>(null);
    const act = async (call: Promise<Result<TemplateView, ApiError>>) => {
        const r = await call;
        setActionError(r.ok ? null : r.error);
        reload();
    };
    if (editing) {
        const done = () => {
            setEditing(null);
            reload();
        };
        return <TemplateEditor template={editing === 'new' ? null : editing} onDone={done}/>;
    }
    const shownError = actionError ?? error;
    return (
        <>
            {shownError && <p role='alert' style={styles.danger}>{shownError.message}</p>}
            <ul style={styles.list}>
                {(templates ?? []).filter((t) => !t.isArchived).map((t) => (
                    <TemplateRow key={t.id} template={t} onEdit={() => setEditing(t)}
                        onDuplicate={() => void act(client.duplicateTemplate(t.id))} onArchive={() => void act(client.archiveTemplate(t.id))}/>
                ))}
            </ul>
            <button type='button' style={{...styles.button, marginTop: 8}} onClick={() => setEditing('new')}>
                <FormattedMessage id='templates.new' defaultMessage='New template'/>
            </button>
        </>
    );
}

type RowProps = {template: TemplateView; onEdit: () => void; onDuplicate: () => void; onArchive: () => void};

function TemplateRow({template, onEdit, onDuplicate, onArchive}: RowProps) {
    const {formatMessage} = useIntl();
    const named = (id: string, verb: string) => formatMessage({id, defaultMessage: `${verb} {name}`}, {name: template.name});
    return (
        <li style={styles.row}>
            <span style={styles.grow}>{template.name}</span>
            {template.isDrill && <DrillBadge/>}
            <span style={styles.badge}>{template.defaultSeverity.toUpperCase()}</span>
            <button type='button' style={listStyles.action} aria-label={named('templates.edit', 'Edit')} onClick={onEdit}>
                <FormattedMessage id='templates.editShort' defaultMessage='Edit'/>
            </button>
            <button type='button' style={listStyles.action} aria-label={named('templates.duplicate', 'Duplicate')} onClick={onDuplicate}>
                <FormattedMessage id='templates.duplicateShort' defaultMessage='Duplicate'/>
            </button>
            <button type='button' style={listStyles.action} aria-label={named('templates.archive', 'Archive')} onClick={onArchive}>
                <FormattedMessage id='templates.archiveShort' defaultMessage='Archive'/>
            </button>
        </li>
    );
}

const listStyles = {
    toggle: {border: 0, background: 'none', color: 'var(--link-color)', cursor: 'pointer', fontSize: 12},
    action: {border: 0, background: 'none', color: 'var(--link-color)', cursor: 'pointer', padding: '0 2px', fontSize: 12},
} satisfies Record<string, CSSProperties>;
