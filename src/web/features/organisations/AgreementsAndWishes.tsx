
import { type FormEvent, useState } from 'react';
import {
  AGREEMENT_STATUS_LABELS,
  type Organisation,
  WISH_STATUS_LABELS,
  WISH_STATUSES,
  type WishStatus,
} from '../../../shared/schemas/organisation.js';
import { errorMessage, } from '../../api/client.js';
import { Alert, } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { TextAreaField, formatDate, todayIso } from '../activities/fields.js';
import '../activities/activities.css';
import { useAreas } from '../areas/use-areas.js';
import { useAddAgreement, useAddWish, useUpdateWish } from './api.js';

// The agreements and product wishes of one partner organisation (its detail page).

export function AgreementsSection({ organisation, canEdit }: { organisation: Organisation; canEdit: boolean }) {
  const areas = useAreas();
  const add = useAddAgreement(organisation.id);
  const [title, setTitle] = useState('');
  const [areaId, setAreaId] = useState('');
  const [startsOn, setStartsOn] = useState(todayIso());
  const [endsOn, setEndsOn] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await add.mutateAsync({ title, areaId: areaId || null, startsOn, endsOn: endsOn || null }).then(() => setTitle(''), () => undefined);
  };
  return (
    <section aria-labelledby="afspraken">
      <Heading level={2} id="afspraken">
        Afspraken
      </Heading>
      {organisation.agreements.length === 0 ? (
        <Paragraph>Nog geen afspraken.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {organisation.agreements.map((agreement) => (
            <li key={agreement.id} className="utrecht-unordered-list__item">
              <strong>{agreement.title}</strong> — {AGREEMENT_STATUS_LABELS[agreement.status].toLowerCase()}, vanaf {formatDate(agreement.startsOn)}
              {agreement.endsOn ? ` tot ${formatDate(agreement.endsOn)}` : ''}
              {agreement.area ? ` (${agreement.area.name})` : ''}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <details className="edit-details">
          <summary>Afspraak vastleggen</summary>
          <form className="utrecht-form form" noValidate onSubmit={submit}>
            {add.isError && <Alert type="error">{errorMessage(add.error)}</Alert>}
            <TextField id="afspraak-titel" label="Afspraak" value={title} onValueChange={setTitle} />
            <SelectField id="afspraak-gebied" label="Gebied" value={areaId} onValueChange={setAreaId}>
              <option value="">Hele gemeente</option>
              {(areas.data ?? []).map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </SelectField>
            <div className="form-row">
              <TextField id="afspraak-van" label="Vanaf" type="date" value={startsOn} onValueChange={setStartsOn} />
              <TextField id="afspraak-tot" label="Tot (niet verplicht)" type="date" value={endsOn} onValueChange={setEndsOn} />
            </div>
            <Button type="submit" appearance="primary" busy={add.isPending}>
              Afspraak vastleggen
            </Button>
          </form>
        </details>
      )}
    </section>
  );
}

export function WishesSection({ organisation, canEdit }: { organisation: Organisation; canEdit: boolean }) {
  const areas = useAreas();
  const add = useAddWish(organisation.id);
  const update = useUpdateWish();
  const [wish, setWish] = useState('');
  const [areaId, setAreaId] = useState(organisation.areas[0]?.id ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await add.mutateAsync({ wish, areaId, year: Number(year) }).then(() => setWish(''), () => undefined);
  };
  return (
    <section aria-labelledby="wensen">
      <Heading level={2} id="wensen">
        Wensen voor de productafspraken
      </Heading>
      <Paragraph>Wat de gebieden van {organisation.name} vragen, en wat er met die wensen gebeurde.</Paragraph>
      {organisation.wishes.length === 0 ? (
        <Paragraph>Nog geen wensen.</Paragraph>
      ) : (
        <div className="table-scroll">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Wensen per gebied</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Wens</th>
                <th scope="col" className="utrecht-table__header-cell">Gebied en jaar</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {organisation.wishes.map((item) => (
                <tr key={item.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">{item.wish}</th>
                  <td className="utrecht-table__cell">
                    {item.area.name}, {item.year}
                  </td>
                  <td className="utrecht-table__cell">
                    {canEdit ? (
                      <SelectField
                        id={`wens-status-${item.id}`}
                        label={<span className="visually-hidden">Status van de wens “{item.wish}”</span>}
                        value={item.status}
                        onValueChange={(value) => update.mutate({ id: item.id, body: { status: value as WishStatus } })}
                      >
                        {WISH_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {WISH_STATUS_LABELS[status]}
                          </option>
                        ))}
                      </SelectField>
                    ) : (
                      WISH_STATUS_LABELS[item.status]
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <details className="edit-details">
          <summary>Wens toevoegen</summary>
          <form className="utrecht-form form" noValidate onSubmit={submit}>
            {add.isError && <Alert type="error">{errorMessage(add.error)}</Alert>}
            <TextAreaField id="wens-tekst" label="Wens" value={wish} onValueChange={setWish} />
            <div className="form-row">
              <SelectField id="wens-gebied" label="Gebied" value={areaId} onValueChange={setAreaId}>
                {(areas.data ?? []).map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </SelectField>
              <TextField id="wens-jaar" label="Voor het jaar" type="number" min={2000} max={2100} value={year} onValueChange={setYear} />
            </div>
            <Button type="submit" appearance="primary" busy={add.isPending}>
              Wens toevoegen
            </Button>
          </form>
        </details>
      )}
    </section>
  );
}
