import { useId, useState, type JSX } from 'react';
import { newId } from '../../shared/model/ids';
import type { Card } from '../../shared/model/types';
import { addAsset, removeAsset } from '../../shared/commands/assets';
import { updateCard } from '../../shared/commands/cards';
import { dispatch, getDoc, useDoc } from '../state/documentStore';
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
    const id = newId('img');
    const group = `${card.id}:image:${id}`;
    dispatch(addAsset, { asset: { id, name: assetName(file.name), mime: check.mime, data } }, { group });
    dispatch(updateCard, { cardId: card.id, fields: { imageId: id } }, { group });
  };

  // The image leaves the file with the last card that shows it; one undo step brings both back.
  const remove = () => {
    const imageId = card.imageId;
    if (!imageId) return;
    const group = `${card.id}:image:${imageId}:remove`;
    dispatch(updateCard, { cardId: card.id, fields: { imageId: null } }, { group });
    if (!Object.values(getDoc().cards).some((c) => c.imageId === imageId)) dispatch(removeAsset, { assetId: imageId }, { group });
  };

  return (
    <div className="fs-field fs-image-field">
      <span className="fs-field-label" id={`${id}-label`}>Image</span>
      {asset ? (
        <div className="fs-image">
          <img src={dataUrl(asset)} alt={asset.name} />
          <div className="fs-image-meta">
            <span className="fs-image-name">{asset.name}</span>
            <button type="button" className="fs-link" onClick={remove}>
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
