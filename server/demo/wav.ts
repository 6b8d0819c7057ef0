import { Random } from "./random";

const RATE = 8000;

/**
 * A valid RIFF/WAVE file: PCM, 8 kHz, mono, 16-bit little-endian.
 * @param samples values in [-1, 1]
 */
export function encodeWav(samples: Float32Array): Buffer {
  const data = samples.length * 2;
  const b = Buffer.alloc(44 + data);
  writeHeader(b, data, RATE, 16);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]!));
    b.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return b;
}

/** The 44-byte RIFF/WAVE header of mono PCM with `dataBytes` of samples. */
function writeHeader(b: Buffer, dataBytes: number, rate: number, bits: 8 | 16) {
  const bytesPerSample = bits / 8;
  b.write("RIFF", 0, "ascii");
  b.writeUInt32LE(36 + dataBytes + (dataBytes % 2), 4);
  b.write("WAVE", 8, "ascii");
  b.write("fmt ", 12, "ascii");
  b.writeUInt32LE(16, 16); // fmt chunk size
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * bytesPerSample, 28); // bytes per second
  b.writeUInt16LE(bytesPerSample, 32); // block align
  b.writeUInt16LE(bits, 34); // bits per sample
  b.write("data", 36, "ascii");
  b.writeUInt32LE(dataBytes, 40);
}

/**
 * The demo's recordings last as long as their calls — minutes, not seconds — and a few dozen
 * of them serve thousands of calls: 4 kHz, 8-bit PCM (4 KB a second; WAVE's 8-bit samples are
 * unsigned, 128 is silence) keeps that set near 30 MB, still with a ringback and voices.
 */
export const DEMO_RATE = 4000;

/** Seconds of a WAV's sound, from its header. */
export function wavSeconds(wav: Buffer): number {
  return wav.readUInt32LE(40) / wav.readUInt32LE(28);
}

/** One sound as 8-bit samples, `value(i)` in [-1, 1] for each of `length` samples. */
function render(length: number, value: (i: number) => number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.round(128 + 127 * Math.max(-1, Math.min(1, value(i))));
  return out;
}

/**
 * A North American ringback (440 + 480 Hz, 2 s) and a pool of speech-like turns (gliding tones
 * with harmonics and a syllable rhythm), two voices, made once: a call of any length is then
 * copied together from them in a few milliseconds instead of synthesised sample by sample.
 */
let sounds: { ring: Uint8Array; turns: Uint8Array[][] } | null = null;
function demoSounds() {
  if (sounds) return sounds;
  const random = new Random("wav-turns");
  const ringLength = 2 * DEMO_RATE;
  const ring = render(ringLength, (i) => {
    const x = i / DEMO_RATE;
    return 0.25 * (Math.sin(2 * Math.PI * 440 * x) + Math.sin(2 * Math.PI * 480 * x)) * fade(i, ringLength);
  });
  const turns: Uint8Array[][] = [[], []];
  for (let k = 0; k < 24; k++) {
    const speaker = k % 2;
    const length = Math.round((0.6 + random.next() * 1.6) * DEMO_RATE);
    const base = speaker === 0 ? 190 + random.next() * 40 : 120 + random.next() * 30;
    const glide = (random.next() - 0.5) * 80;
    let phase = 0;
    turns[speaker]!.push(
      render(length, (i) => {
        const x = i / length;
        const f = base + glide * x + 15 * Math.sin(2 * Math.PI * 3 * x);
        phase += (2 * Math.PI * f) / DEMO_RATE;
        const syllables = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4.5 * (i / DEMO_RATE));
        const v = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase);
        return 0.3 * v * syllables * fade(i, length);
      }),
    );
  }
  sounds = { ring, turns };
  return sounds;
}

/**
 * A demo "call" exactly `seconds` long: one ring, a second of silence, then the two voices
 * taking turns with pauses between them. Different for each `seed`.
 */
export function demoCallAudio(seconds: number, seed: number): Buffer {
  const { ring, turns } = demoSounds();
  const random = new Random(`wav-${seed}`);
  const total = Math.round(seconds * DEMO_RATE);
  const b = Buffer.alloc(44 + total + (total % 2), 128);
  writeHeader(b, total, DEMO_RATE, 8);
  const data = b.subarray(44, 44 + total);
  data.set(ring.subarray(0, Math.min(total, ring.length)));
  let t = 3 * DEMO_RATE;
  let speaker = 0;
  while (t < total) {
    const turn = random.pick(turns[speaker]!);
    const length = Math.min(total - t, turn.length);
    data.set(turn.subarray(0, length), t);
    t += length + Math.round((0.25 + random.next() * 0.6) * DEMO_RATE);
    speaker = 1 - speaker;
  }
  return b;
}

/** A 20 ms fade in and out, so that tones do not click. */
function fade(i: number, length: number) {
  const edge = DEMO_RATE / 50;
  return Math.min(1, i / edge, (length - 1 - i) / edge);
}
