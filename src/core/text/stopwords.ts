// Function words per language, and words so common in news that they say nothing about which
// story an article tells. Both are weighted down (not dropped) by the matcher.

const FUNCTION_WORDS = `
a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did not no nor
it its this that these those he she they we you i his her hers their theirs our ours your yours them him us me my mine who whom
whose which what when where why how all any some more most other others such than then there here also would could should will
can may might must shall just only very much many well even still again against between during while since until per via into
onto out up down over under about above below off so too yet both each few own same own s t don now ago
der die das und oder aber den dem des ein eine einer eines einem einen zu zum zur im in am an auf aus bei mit nach von vor für
über unter durch gegen ohne um ist sind war waren wird werden wurde wurden hat haben hatte hatten sich nicht auch noch nur schon
es er sie wir ihr ich man als wie wenn dass daß so sein seine seiner ihre ihren ihrem ihres diese dieser dieses diesem denn doch
le la les un une des du de et ou mais à au aux en dans sur par pour avec sans sous est sont était étaient ont a été il elle ils
elles nous vous je on ce cet cette ces qui que quoi dont où ne pas plus se sa son ses leur leurs y l d qu n c
og i på til for med av en et ei den det de som er var har hadde ble blir å fra om ikke seg sin sitt sine ved etter men eller
hun han vi dere jeg meg oss dem også kan skal vil må så da når hvor hva hvem
el los las una unos unas del al y o pero que por para con sin sobre es son fue fueron ha han se su sus lo
il lo gli uno della delle degli dei nel nella per con non che è sono
het een en van op te dat die voor niet met zijn aan er maar om ook als bij
`;

const COMMON_NEWS_WORDS = `
said says say told tell telling added adding according noted stated statement statements asked ask spoke speaking speak
report reports reported reporting reporters journalist journalists news press conference interview
year years month months week weeks day days today yesterday tomorrow time times monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec morning evening night
government governments official officials minister ministers president country countries people state states national
international world public political policy new first last next former latest early late part parts number group groups
including include includes made make makes making take takes taking took come came comes going go went get got give given
one two three four five six seven eight nine ten hundred thousand million billion percent per cent
mr mrs ms dr sagte sagt sagen erklärte teilte sa sier sagde sade
`;

export const STOPWORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
export const COMMON_NEWS: ReadonlySet<string> = new Set(COMMON_NEWS_WORDS.split(/\s+/).filter(Boolean));
