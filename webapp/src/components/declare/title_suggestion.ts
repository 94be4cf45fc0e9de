const MAX_TITLE = 80;

/** A title from a message: its first sentence without markdown marks, at most 80 characters (cut at a word). */
export function suggestTitle(message: string): string {
    const firstLine = message.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
    const plain = firstLine.replace(/[*_`>#~]+/g, '').replace(/\s+/g, ' ').trim();
    const sentence = (/^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain).replace(/[.!?]$/, '');
    if (sentence.length <= MAX_TITLE) {
        return sentence;
    }
    const cut = sentence.slice(0, MAX_TITLE - 1);
    const lastSpace = cut.lastIndexOf(' ');
    return `${lastSpace > 20 ? cut.slice(0, lastSpace) : cut}…`;
}
