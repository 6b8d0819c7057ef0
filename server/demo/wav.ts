import { Random } from "./random";

const RATE = 8000;

/**
 * A valid RIFF/WAVE file: PCM, 8 kHz, mono, 16-bit little-endian.
 * @param samples values in [-1, 1]
 */
export function encodeWav(samples: Float32Array): Buffer {
  const data = samples.length * 2;
  const b = Buffer.alloc(44 + data);
  b.write("RIFF", 0, "ascii");
  b.writeUInt32LE(36 + data, 4);
  b.write("WAVE", 8, "ascii");
  b.write("fmt ", 12, "ascii");
  b.writeUInt32LE(16, 16); // fmt chunk size
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(RATE, 24);
  b.writeUInt32LE(RATE * 2, 28); // bytes per second
  b.writeUInt16LE(2, 32); // block align
  b.writeUInt16LE(16, 34); // bits per sample
  b.write("data", 36, "ascii");
  b.writeUInt32LE(data, 40);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    b.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return b;
}

/**
 * A short demo "call": a North American ringback (440 + 480 Hz), then turns of speech-like
 * gliding tones with pauses between them. Different for each `seed`.
 */
export function demoCallAudio(seconds: number, seed: number): Buffer {
  const random = new Random(`wav-${seed}`);
  const samples = new Float32Array(Math.round(seconds * RATE));
  let t = 0;
  // One ring: 2 s on, then 1 s of silence.
  const ring = Math.min(samples.length, 2 * RATE);
  for (let i = 0; i < ring; i++) {
    const x = i / RATE;
    samples[i] = 0.25 * (Math.sin(2 * Math.PI * 440 * x) + Math.sin(2 * Math.PI * 480 * x)) * fade(i, ring);
  }
  t = 3 * RATE;
  let speaker = 0;
  while (t < samples.length) {
    const length = Math.min(samples.length - t, Math.round((0.6 + random.next() * 1.6) * RATE));
    const base = speaker === 0 ? 190 + random.next() * 40 : 120 + random.next() * 30;
    const glide = (random.next() - 0.5) * 80;
    let phase = 0;
    for (let i = 0; i < length; i++) {
      const x = i / length;
      const f = base + glide * x + 15 * Math.sin(2 * Math.PI * 3 * x);
      phase += (2 * Math.PI * f) / RATE;
      // A few harmonics and a syllable-like envelope.
      const syllables = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4.5 * (i / RATE));
      const v = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase);
      samples[t + i] = 0.3 * v * syllables * fade(i, length);
    }
    t += length + Math.round((0.25 + random.next() * 0.6) * RATE);
    speaker = 1 - speaker;
  }
  return encodeWav(samples);
}

/** A 20 ms fade in and out, so that tones do not click. */
function fade(i: number, length: number) {
  const edge = 160;
  return Math.min(1, i / edge, (length - 1 - i) / edge);
}
