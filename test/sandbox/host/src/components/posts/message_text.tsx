import {formatText} from '../../format_text';

// formatText escapes raw HTML and unsafe links, so its output is safe to insert.
export function MessageText({text}: {text: string}) {
    return <div className='post__message' dangerouslySetInnerHTML={{__html: formatText(text)}}/>;
}
