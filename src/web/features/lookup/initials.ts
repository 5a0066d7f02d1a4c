/** "Sanne Rijnders" → "SR"; "Jan van der Berg" → "JB" (Dutch particles are skipped). */
export function initials(name: string): string {
  const particles = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'el', "'t", 'la', 'le']);
  const words = name.trim().split(/\s+/).filter(Boolean);
  const significant = words.filter((word, index) => index === 0 || !particles.has(word.toLowerCase()));
  const first = significant[0]?.[0] ?? '';
  const last = significant.length > 1 ? (significant[significant.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
