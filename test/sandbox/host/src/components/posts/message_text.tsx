import {safeHref, tokenize} from '../../format_text';

export function MessageText({text}: {text: string}) {
    return (
        <div className='post__message'>
            {tokenize(text).map((t, i) => {
                const key = String(i);
                switch (t.kind) {
                case 'bold': return <strong key={key}>{t.text}</strong>;
                case 'italic': return <em key={key}>{t.text}</em>;
                case 'code': return <code key={key}>{t.text}</code>;
                case 'link': return <a key={key} href={safeHref(t.href)} target='_blank' rel='noopener noreferrer'>{t.text}</a>;
                case 'text': return <span key={key}>{t.text}</span>;
                }
            })}
        </div>
    );
}
