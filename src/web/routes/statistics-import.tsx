import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { FormField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useDatasets, useUploadStatistics } from '../features/statistics/api.js';
import '../features/statistics/statistics.css';

/** An administrator imports CBS/RIVM files (the same checks as the CLI) and sees what is imported. */
export function StatisticsImportPage() {
  usePageTitle('Cijfers importeren');
  const datasets = useDatasets();
  const upload = useUploadStatistics();
  const [files, setFiles] = useState<File[]>([]);
  const [year, setYear] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) return setError('Kies minstens één bestand.');
    setError(undefined);
    const contents = await Promise.all(files.map(async (file) => ({ name: file.name, content: await file.text() })));
    upload.mutate({ files: contents, year: year ? Number(year) : undefined });
  };

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/statistieken">Kengetallen</AppLink>
      </p>
      <Heading level={1}>Cijfers importeren</Heading>
      <Paragraph lead>
        CBS Kerncijfers wijken en buurten (JSON per regiocode of OData), met de DataProperties en TableInfos van dezelfde tabel; RIVM Gezondheid per wijk
        en buurt (CSV); of de CBS-regiolijst. Alles of niets: klopt één bestand niet, dan verandert er niets. De cijfers zijn openbaar en gelden voor alle
        gemeenten in deze installatie. Grote bestanden importeert u met <code>npx schakel import-statistics</code>.
      </Paragraph>
      <form className="form" onSubmit={submit} noValidate>
        <FormField id="bestanden" label="Bestanden" description="CSV of JSON, meerdere tegelijk" error={error}>
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              accept=".csv,.json,text/csv,application/json"
              className="utrecht-textbox utrecht-textbox--html-input"
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
          )}
        </FormField>
        <TextField id="jaar" label="Jaar (alleen als de bestanden het niet zelf zeggen)" inputMode="numeric" value={year} onValueChange={setYear} />
        <Button type="submit" appearance="primary" busy={upload.isPending}>
          Importeren
        </Button>
      </form>
      {upload.isError && <Alert type="error">{errorMessage(upload.error)}</Alert>}
      {upload.data && (
        <Alert type="ok">
          Geïmporteerd:{' '}
          {upload.data.datasets
            .map((d) => `${d.title}${d.variant ? ` (${d.variant})` : ''}: ${d.indicators} indicatoren, ${d.values} waarden`)
            .concat(upload.data.regionLists.map((list) => `regiolijst ${list.year}`))
            .join('; ')}
          .
        </Alert>
      )}

      <section aria-labelledby="tabellen">
        <Heading level={2} id="tabellen">
          Geïmporteerde tabellen
        </Heading>
        {datasets.isPending && <Loading />}
        {datasets.isError && <Alert type="error">{errorMessage(datasets.error)}</Alert>}
        {datasets.data && (
          <div className="table-scroll">
            <table className="utrecht-table utrecht-table--html-table figure-table">
              <caption className="utrecht-table__caption">Tabellen met het aantal regio’s per niveau</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Bron</th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Indicatoren</th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Gemeenten</th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Wijken</th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Buurten</th>
                  <th scope="col" className="utrecht-table__header-cell">Geïmporteerd</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {datasets.data.map((dataset) => (
                  <tr key={`${dataset.tableId}-${dataset.variant}-${dataset.year}`} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">{dataset.source}</th>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{dataset.indicatorCount}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{dataset.regions.municipality}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{dataset.regions.district}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{dataset.regions.neighbourhood}</td>
                    <td className="utrecht-table__cell">
                      {new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(dataset.importedAt))} ({dataset.importedBy})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
