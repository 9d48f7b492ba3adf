import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/text/language.ts';

const table: [string, string][] = [
  ['en', 'The harbour authority said on Tuesday that the pier would reopen next week, and that the repairs had cost less than they had expected.'],
  ['de', 'Die Stadt hat am Dienstag mitgeteilt, dass die Brücke nach den Reparaturen wieder geöffnet wird, aber die Kosten sind höher als erwartet.'],
  ['fr', "La mairie a annoncé mardi que le pont sera rouvert la semaine prochaine, mais les travaux ont coûté plus cher que prévu selon les ingénieurs."],
  ['no', 'Kommunen sier at brua skal åpnes igjen etter reparasjonene, men arbeidet ble mye dyrere enn noen hadde trodd, og det er ikke klart hva som skjer nå.'],
  ['da', 'Kommunen siger, at broen bliver åbnet igen efter reparationerne, men arbejdet blev meget dyrere end nogle havde troet, og det er ikke klart hvad der sker nu.'],
  ['sv', 'Kommunen säger att bron ska öppnas igen efter reparationerna, men arbetet blev mycket dyrare än några hade trott, och det är inte klart vad som händer nu.'],
  ['nl', 'De gemeente heeft dinsdag gezegd dat de brug volgende week weer opengaat, maar volgens de ingenieurs is het werk veel duurder geworden dan verwacht.'],
  ['es', 'El ayuntamiento dijo el martes que el puente se abrirá de nuevo la próxima semana, pero las obras han costado más de lo que se esperaba según los técnicos.'],
  ['it', 'Il comune ha detto martedì che il ponte sarà riaperto la prossima settimana, ma i lavori sono costati più del previsto secondo gli ingegneri della città.'],
  ['pt', 'A câmara disse na terça-feira que a ponte será reaberta na próxima semana, mas as obras custaram mais do que o esperado, segundo os engenheiros.'],
  ['pl', 'Władze miasta powiedziały we wtorek, że most zostanie ponownie otwarty w przyszłym tygodniu, ale remont był droższy niż się spodziewano.'],
  ['ru', 'Городские власти сообщили во вторник, что мост снова откроют на следующей неделе.'],
  ['und', ''],
  ['und', '12 345 678'],
  ['und', 'Saltmere'],
];

describe('detectLanguage', () => {
  for (const [expected, text] of table) it(`${expected}: ${text.slice(0, 40) || '(empty)'}`, () => expect(detectLanguage(text)).toBe(expected));
  it('looks only at the start of a long text', () => {
    const text = `${table[0]![1]} `.repeat(100) + `${table[1]![1]} `.repeat(400);
    expect(detectLanguage(text)).toBe('en');
  });
});
