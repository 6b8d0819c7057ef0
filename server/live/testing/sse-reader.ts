/** One Server-Sent Event as a test reads it. */
export interface SseEvent {
  event: string;
  id?: string;
  data: string;
}

/**
 * Reads the events of an SSE response as they come: `next(ms)` waits for the next one (null
 * when none came in time), `close()` cancels the stream.
 */
export function readEvents(res: Response) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: SseEvent[] = [];
  const waiting: ((e: SseEvent) => void)[] = [];
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const e: SseEvent = { event: "message", data: "" };
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) continue;
            const [field, ...rest] = line.split(":");
            const value = rest.join(":").replace(/^ /, "");
            if (field === "event") e.event = value;
            else if (field === "id") e.id = value;
            else if (field === "data") data.push(value);
          }
          if (data.length === 0 && !e.id) continue;
          e.data = data.join("\n");
          const w = waiting.shift();
          if (w) w(e);
          else events.push(e);
        }
      }
    } catch {
      // cancelled
    }
  })();
  return {
    next(ms = 2000): Promise<SseEvent | null> {
      const queued = events.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve) => {
        const done = (e: SseEvent) => {
          clearTimeout(timer);
          resolve(e);
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(done), 1);
          resolve(null);
        }, ms);
        waiting.push(done);
      });
    },
    close: () => reader.cancel().catch(() => {}),
  };
}
