import { useId, type JSX } from 'react';
import { LIMITS } from '../../shared/model/text';
import { dispatch, useDoc } from '../state/documentStore';
import { burstGroup } from '../components/burst';
import { TextField } from '../components/TextField';
import { updateWorkshop, type WORKSHOP_FIELDS } from '../../shared/commands/workshop';
import { Section } from './Section';

const typed = (field: (typeof WORKSHOP_FIELDS)[number], value: string) =>
  dispatch(updateWorkshop, { fields: { [field]: value } }, { group: burstGroup(`workshop:${field}`) });

export function DetailsSection(): JSX.Element {
  const dateId = useId();
  const ws = useDoc((d) => d.workshop);
  return (
    <Section title="Details">
      <TextField label="Workshop name" value={ws.title} max={LIMITS.title} onChange={(v) => typed('title', v)} />
      <TextField label="Service" value={ws.service} max={LIMITS.title} placeholder="The service being blueprinted" onChange={(v) => typed('service', v)} />
      <div className="fs-row">
        <div className="fs-field">
          <label htmlFor={dateId} className="fs-field-label">Date</label>
          <input
            id={dateId} className="fs-input" type="date" value={ws.date}
            onChange={(e) => dispatch(updateWorkshop, { fields: { date: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : '' } })}
          />
        </div>
        <TextField label="Facilitator" value={ws.facilitator} onChange={(v) => typed('facilitator', v)} />
      </div>
      <TextField label="Notes" multiline rows={3} value={ws.notes} onChange={(v) => typed('notes', v)} />
    </Section>
  );
}
