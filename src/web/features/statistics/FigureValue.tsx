import { type Figure, formatFigureValue } from '../../../shared/schemas/statistics.js';

/** A figure with how it was obtained: "berekend" for sums and weighted means, "n.b." with the reason. */
export function FigureValue({ figure, decimals, unit, noteNumber }: { figure: Figure; decimals: number; unit: string; noteNumber?: number }) {
  const text = formatFigureValue(figure.value, decimals, unit);
  // An own figure (signals ÷ inhabitants) shows its count beside it; its calculation is in the note of the table.
  if (figure.method === 'source' || figure.method === 'rate') return <>{text}</>;
  if (figure.method === 'unavailable' && noteNumber !== undefined) {
    // In a wide table the reason is a numbered note under it, not repeated in every cell.
    return (
      <>
        <abbr title="niet beschikbaar">n.b.</abbr> <span className="figure-note">(noot {noteNumber})</span>
      </>
    );
  }
  if (figure.method === 'unavailable') {
    return (
      <>
        <abbr title="niet beschikbaar">n.b.</abbr>
        <span className="figure-note">{figure.note}</span>
      </>
    );
  }
  return (
    <>
      {text}
      <span className="figure-note">{figure.method === 'sum' ? 'berekend (som)' : 'berekend (gewogen gemiddelde)'}</span>
    </>
  );
}

/** Numbered notes under a figure table: noteNumber gives each distinct note its number, in order of first use. */
export function figureNotes(): { notes: string[]; noteNumber: (note: string) => number } {
  const notes: string[] = [];
  return { notes, noteNumber: (note) => (notes.includes(note) ? notes.indexOf(note) + 1 : notes.push(note)) };
}

/** The notes of figureNotes, as the list under the table. */
export function FigureNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <ol className="figure-note">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ol>
  );
}
