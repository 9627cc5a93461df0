/**
 * A gentle two-note chime made on the spot with Web Audio: no sound file, nothing downloaded.
 * Browsers start audio only after a gesture, so the timer's buttons call `unlockChime` and the
 * chime itself plays whenever the context is running.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Ctor) return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

/** Call from a click: lets the chime sound later, when no gesture is at hand. */
export function unlockChime(): void {
  const ctx = audio();
  if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
}

/** Two soft bell tones (E6 then B5) that fade over about two seconds. */
export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const start = ctx.currentTime + 0.02;
  [1318.5, 987.8].forEach((frequency, i) => {
    const at = start + i * 0.35;
    const tone = ctx.createOscillator();
    const overtone = ctx.createOscillator();
    const gain = ctx.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    overtone.type = 'sine';
    overtone.frequency.value = frequency * 2.76;
    const soft = ctx.createGain();
    soft.gain.value = 0.12;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.18, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.8);
    tone.connect(gain);
    overtone.connect(soft).connect(gain);
    gain.connect(ctx.destination);
    for (const osc of [tone, overtone]) {
      osc.start(at);
      osc.stop(at + 1.9);
    }
  });
}
