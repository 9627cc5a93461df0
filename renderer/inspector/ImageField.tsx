import { useId, useState, type JSX } from 'react';
import { newId } from '../../shared/model/ids';
import type { Card } from '../../shared/model/types';
import { useDoc, dispatch } from '../state/documentStore';
import { setCardImage } from './imageCommand';
import { assetName, checkImage, dataUrl, readBase64 } from './imageFile';

/** A photo of the physical evidence, stored inside the workshop file. */
export function ImageField({ card }: { card: Card }): JSX.Element {
  const id = useId();
  const asset = useDoc((d) => (card.imageId ? d.assets[card.imageId] : undefined));
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const check = checkImage(file);
    if (!check.ok) return setProblem(check.message);
    setProblem(null);
    const data = await readBase64(file);
    dispatch(setCardImage, { cardId: card.id, asset: { id: newId('img'), name: assetName(file.name), mime: check.mime, data } });
  };

  return (
    <div className="fs-field fs-image-field">
      <span className="fs-field-label" id={`${id}-label`}>Image</span>
      {asset ? (
        <div className="fs-image">
          <img src={dataUrl(asset)} alt={asset.name} />
          <div className="fs-image-meta">
            <span className="fs-image-name">{asset.name}</span>
            <button type="button" className="fs-link" onClick={() => dispatch(setCardImage, { cardId: card.id, asset: null })}>
              Remove image
            </button>
          </div>
        </div>
      ) : (
        <label className="fs-file-drop">
          <input
            type="file" accept="image/png,image/jpeg,image/webp,image/gif" aria-labelledby={`${id}-label`}
            onChange={(e) => { void pick(e.target.files?.[0]); e.target.value = ''; }}
          />
          <span>Choose a photo…</span>
          <span className="fs-muted">PNG, JPEG, WebP or GIF, up to 8 MB</span>
        </label>
      )}
      {problem && <p className="fs-error" role="alert">{problem}</p>}
    </div>
  );
}
