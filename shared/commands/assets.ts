import type { Asset, Id } from '../model/types';
import { removeRecords } from './cascade';
import { defineCommand } from './command';
import { fresh, need } from './draft';
import { assetSchema } from '../model/schemas';
import { args, id } from './args';

/** An image stored inside the workshop file (base64), e.g. a photo of physical evidence. */
export const addAsset = defineCommand<{ asset: Asset }>('asset.add', 'Add image', (draft, { asset }) => {
  fresh(draft, 'assets', asset.id);
  draft.assets[asset.id] = asset;
}, { args: args({ asset: assetSchema }) });

/** Removes an image; cards that showed it show none. */
export const removeAsset = defineCommand<{ assetId: Id }>('asset.remove', 'Remove image', (draft, { assetId }) => {
  need(draft, 'assets', assetId);
  removeRecords(draft, 'assets', [assetId]);
}, { args: args({ assetId: id }) });
