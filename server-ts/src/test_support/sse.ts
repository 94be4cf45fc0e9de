export type SseEvent = {event: string; data: string};

// Minimal text/event-stream reader over fetch's body: yields complete events, skips comments.
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body) {
        buffer += decoder.decode(chunk, {stream: true});
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const lines = block.split('\n').filter((l) => !l.startsWith(':'));
            if (lines.length > 0) {
                yield {
                    event: lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message',
                    data: lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n'),
                };
            }
            end = buffer.indexOf('\n\n');
        }
    }
}
