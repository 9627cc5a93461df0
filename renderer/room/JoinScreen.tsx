import { useEffect, useId, useState, type FormEvent, type JSX } from 'react';
import { roomPost } from '../api';

/** The code in the join address (`/join/CODE`), if the page was opened by one. */
export function codeInAddress(): string {
  return /^\/join\/([^/]+)$/.exec(location.pathname)?.[1]?.toUpperCase() ?? '';
}

/**
 * Joining a room: the code (from the address, or typed), `Your name` (or a tap on one's name
 * in the workshop's list of participants), and `Join`.
 */
export function JoinScreen({ onJoined, notice }: { onJoined: () => void; notice: string | null }): JSX.Element {
  const ids = useId();
  const [code, setCode] = useState(codeInAddress());
  const [name, setName] = useState('');
  const [welcome, setWelcome] = useState<{ title: string; names: string[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const fromAddress = codeInAddress() !== '';

  useEffect(() => {
    if (code.replace(/\s/g, '').length !== 6) return;
    let live = true;
    void roomPost('/room/welcome', { code }).then((result) => {
      if (!live) return;
      if (result.ok) setWelcome(result.value as { title: string; names: string[] });
      else if (fromAddress) setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [code, fromAddress]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem('Type your name to join.');
    setBusy(true);
    const result = await roomPost('/room/join', { code, name });
    setBusy(false);
    if (result.ok) onJoined();
    else setProblem(result.error.message);
  };

  return (
    <main className="fs-join">
      <form className="fs-join-card" onSubmit={(e) => void submit(e)}>
        <p className="fs-join-brand">Frontstage</p>
        <h1>{welcome?.title ? `Join “${welcome.title}”` : 'Join the workshop'}</h1>
        {!fromAddress && (
          <>
            <label className="fs-field-label" htmlFor={`${ids}-code`}>Join code</label>
            <input id={`${ids}-code`} className="fs-input fs-join-code" value={code} maxLength={8} autoCapitalize="characters" autoComplete="off" onChange={(e) => setCode(e.target.value.toUpperCase())} />
          </>
        )}
        <label className="fs-field-label" htmlFor={`${ids}-name`}>Your name</label>
        <input id={`${ids}-name`} className="fs-input" value={name} maxLength={200} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        {welcome && welcome.names.length > 0 && (
          <div className="fs-join-names">
            <p className="fs-muted" id={`${ids}-names`}>On the list already? Pick your name:</p>
            <div role="group" aria-labelledby={`${ids}-names`}>
              {welcome.names.map((n) => <button key={n} type="button" className="fs-btn" aria-pressed={name === n} onClick={() => setName(n)}>{n}</button>)}
            </div>
          </div>
        )}
        {problem && <p className="fs-error" role="alert">{problem}</p>}
        <button type="submit" className="fs-btn fs-btn-primary fs-join-go" disabled={busy}>Join</button>
        <p className="fs-muted">No account needed: your name is shown with your cards, dots and comments. The workshop stays on the facilitator's computer.</p>
      </form>
    </main>
  );
}
