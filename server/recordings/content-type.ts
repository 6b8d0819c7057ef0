/** The media types of the recording formats the import accepts (docs/import-format.md). */
const types: Record<string, string> = {
  wav: "audio/wav",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  opus: "audio/ogg",
  m4a: "audio/mp4",
};

/** `13043858.wav` → `audio/wav`; anything unknown is sent as bytes, never guessed. */
export function recordingContentType(fileName: string): string {
  return types[recordingExtension(fileName)] ?? "application/octet-stream";
}

export function recordingExtension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}
