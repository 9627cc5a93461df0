import { useId, useState, type JSX } from 'react';
import { blueprintsOf } from '../../shared/model/queries';
import { api } from '../api';
import { useDoc, useSession } from '../state/documentStore';
import { useSelection } from '../state/selection';
import { Select } from '../components/Select';
import { Modal } from './Modal';
import { downloadExport } from './download';
import { exportRequest, FORMATS, PAGES, REPORT_PAGES, SCALES, type ExportFormat, type PageSize, type ReportPageSize } from './exportOptions';
import { usePreview } from './usePreview';
import { roundsOf } from '../../shared/facilitation/votes';
import type { VoteRound } from '../../shared/model/types';

const sameRounds = (a: VoteRound[], b: VoteRound[]) => a.length === b.length && a.every((x, i) => x === b[i]);

type Status = { state: 'idle' } | { state: 'working' } | { state: 'done'; filename: string } | { state: 'failed'; message: string };

/** Format, blueprint, scale or page size, a preview from the export pipeline, then download. */
export function ExportDialog({ onClose }: { onClose: () => void }): JSX.Element {
  const id = useId();
  const session = useSession();
  const blueprints = useDoc(blueprintsOf, (a, b) => a.length === b.length && a.every((x, i) => x === b[i]));
  const selected = useSelection().blueprintId;
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [blueprintId, setBlueprintId] = useState(selected ?? blueprints[0]?.id ?? '');
  const [scale, setScale] = useState(2);
  const [page, setPage] = useState<PageSize>('fit');
  const [reportPage, setReportPage] = useState<ReportPageSize>('a4');
  const [dots, setDots] = useState('');
  const rounds = useDoc((doc) => roundsOf(doc, blueprintId).filter((r) => !r.open).reverse(), sameRounds);
  const preview = usePreview(session?.session ?? null, blueprintId, format === 'csv' || format === 'report' ? '' : dots);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [zoomed, setZoomed] = useState(false);
  const chosen = FORMATS.find((f) => f.value === format)!;

  const save = async () => {
    if (!session) return;
    setStatus({ state: 'working' });
    const result = await api['export.render'](exportRequest(session.session, { format, blueprintId, scale, page, reportPage, dots }));
    if (!result.ok) return setStatus({ state: 'failed', message: result.error.message });
    downloadExport(result.value);
    setStatus({ state: 'done', filename: result.value.filename });
  };

  return (
    <Modal title="Export" lead="Files made from the blueprint itself, never a screenshot." onClose={onClose} wide>
      <div className="fs-export">
        <div className="fs-export-options">
          <fieldset className="fs-fieldset" role="radiogroup" aria-labelledby={`${id}-format`}>
            <legend id={`${id}-format`} className="fs-field-label">Format</legend>
            {/* The file formats on one row, the workshop report (a document, not a picture) on its own below. */}
            {[FORMATS.filter((f) => f.value !== 'report'), FORMATS.filter((f) => f.value === 'report')].map((row) => (
              <div key={row[0]!.value} className="fs-segments">
                {row.map((f) => (
                  <label key={f.value} className="fs-segment">
                    <input type="radio" name={`${id}-format`} checked={format === f.value} onChange={() => { setFormat(f.value); setStatus({ state: 'idle' }); }} />
                    <span>{f.label}</span>
                  </label>
                ))}
              </div>
            ))}
            <p className="fs-field-hint">{chosen.hint}</p>
          </fieldset>
          {format !== 'json' && blueprints.length > 0 && (
            <Select label="Blueprint" value={blueprintId} options={blueprints.map((b) => ({ value: b.id, label: b.name || 'Untitled blueprint' }))} onChange={setBlueprintId} />
          )}
          {format === 'png' && (
            <fieldset className="fs-fieldset" role="radiogroup" aria-labelledby={`${id}-scale`}>
              <legend id={`${id}-scale`} className="fs-field-label">Scale</legend>
              <div className="fs-segments">
                {SCALES.map((s) => (
                  <label key={s} className="fs-segment">
                    <input type="radio" name={`${id}-scale`} checked={scale === s} onChange={() => setScale(s)} />
                    <span>{s}×</span>
                  </label>
                ))}
              </div>
              <p className="fs-field-hint">2× stays sharp on slides and high-density screens.</p>
            </fieldset>
          )}
          {format === 'report' && (
            <>
              <Select label="Page size" value={reportPage} options={REPORT_PAGES} onChange={setReportPage} />
              <p className="fs-field-hint fs-tight">The blueprint is tiled across pages when it would be too small to read.</p>
            </>
          )}
          {format !== 'json' && format !== 'report' && rounds.length > 0 && (
            <>
              <Select
                label={format === 'csv' ? 'Dots column from' : 'Dots on the cards'} value={dots} onChange={setDots}
                options={[{ value: '', label: format === 'csv' ? 'The latest vote' : 'No dots' }, ...rounds.map((r) => ({ value: r.id, label: r.question || r.name }))]}
              />
              <p className="fs-field-hint fs-tight">A vote's result on the cards: rank and dots, framed by how hot they are.</p>
            </>
          )}
          {format === 'pdf' && (
            <>
              <Select label="Page size" value={page} options={PAGES} onChange={setPage} />
              <p className="fs-field-hint fs-tight">
                {page === 'fit' ? 'The whole blueprint on one page.' : 'A large blueprint is tiled across pages with overlap marks.'}
              </p>
            </>
          )}
        </div>
        <div className="fs-export-preview-wrap">
          {preview.state === 'ready' && (
            <button type="button" className="fs-btn fs-preview-zoom" aria-pressed={zoomed} onClick={() => setZoomed(!zoomed)}>
              {zoomed ? 'Fit preview' : 'Actual size'}
            </button>
          )}
          <figure className={`fs-export-preview${zoomed ? ' is-zoomed' : ''}`} aria-busy={preview.state === 'loading'}>
            {preview.state === 'ready' && <img src={preview.url} alt={`Preview of ${blueprints.find((b) => b.id === blueprintId)?.name ?? 'the blueprint'}`} />}
            {preview.state === 'loading' && <span className="fs-muted">Rendering preview…</span>}
            {preview.state === 'failed' && <span className="fs-error">{preview.message}</span>}
          </figure>
        </div>
      </div>
      <div className="fs-modal-foot">
        <p className="fs-export-status" role="status">
          {status.state === 'working' && 'Preparing the file…'}
          {status.state === 'done' && <>Downloaded <strong>{status.filename}</strong></>}
        </p>
        {status.state === 'failed' && <p className="fs-error" role="alert">{status.message}</p>}
        <button type="button" className="fs-btn" onClick={onClose}>Close</button>
        {/* Busy rather than disabled while the file is made: a disabled button would drop the focus. */}
        <button type="button" className="fs-btn fs-btn-primary" disabled={!session} aria-disabled={status.state === 'working'} onClick={() => { if (status.state !== 'working') void save(); }}>
          Download {chosen.label}
        </button>
      </div>
    </Modal>
  );
}
