import { useState, type JSX } from 'react';
import { LIMITS } from '../../shared/model/text';
import { useDoc } from '../state/documentStore';
import { brandAttributes } from '../../shared/commands/workshop';
import { listEdits, listOf, sameItems } from './listEdits';
import { RecordList } from './RecordList';
import { RowInput } from './RowInput';
import { Section } from './Section';

const edits = listEdits('brandAttributes', brandAttributes);
const selectAttributes = listOf('brandAttributes');

/** The words the brand wants to be known for; differentiated touchpoints express them. */
export function BrandSection(): JSX.Element {
  const attributes = useDoc(selectAttributes, sameItems);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section title="Brand attributes" count={attributes.length}>
      <RecordList
        items={attributes} noun="brand attribute" nameOf={(a) => a.name || 'unnamed'} empty="No brand attributes yet, e.g. Warm, Crafted, Effortless."
        onAdd={() => setAdded(edits.add())} onMove={edits.move} onRemove={edits.remove}
        render={(a, i) => (
          <>
            <RowInput label={`Brand attribute ${i + 1}`} placeholder="Attribute, e.g. Warm" className="fs-strong" value={a.name} autoFocus={a.id === added} onChange={(v) => edits.type(a.id, 'name', v)} />
            <RowInput label={`What brand attribute ${i + 1} means`} multiline max={LIMITS.title * 4} placeholder="What it means for customers" value={a.description} onChange={(v) => edits.type(a.id, 'description', v)} />
          </>
        )}
      />
    </Section>
  );
}
