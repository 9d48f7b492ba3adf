// Common given names whose bearers are, in news copy, overwhelmingly of one gender. Used only to
// keep "he said" from landing on Mary and "she said" on John; an unknown name stays neutral.

import { foldWord } from '../text/word-forms.ts';
import type { Gender } from './name-words.ts';

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
  margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
  katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
  joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
  jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy
  sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
  charlotte marie kayla alexis lori anne annalena angela ursula claudia petra sabine julia katharina
  marta martha beth jane karla sophie claire florence isabelle nathalie valerie ségolène christiane
  ingrid astrid kristin hilde marit camilla priya naomi carla tara jacinda theresa hillary kamala
  nancy elise ilhan alexandria gwynne kristi stephanie tracy tracey louise camille chloe lea manon
  ines lucia carmen elena ana sofia isabel paula monika renate ute birgit heike susanne ulrike
  gabriele katrin anja nadine simone silke franziska johanna lena leonie marion sylvie brigitte
  helene agnes veronique martine francoise catherine mireille emilie aurelie margot ingeborg`;

const MALE = `james robert john michael david william richard joseph thomas charles christopher daniel
  matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
  edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
  benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
  nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
  gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
  logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
  philip louis heiko olaf armin markus thomas jens hans klaus wolfgang jürgen emmanuel jean pierre
  michel françois nicolas bruno marc antony anthony boris keir ian sergei vladimir dmitry xi
  mohammed muhammad ahmad ahmed ali hassan hussein omar abdul mustafa shah imran nayib narendra
  rishi liam owen martin tom tim ken bob ted tony mike dave steve jim bill fred rafael diego
  alexei andrei jurgen arsene mulayam anand darrell donnie dale derek gordon marcus pete karl max
  felix lukas jonas leon emil oskar stefan andreas uwe dieter horst gerhard helmut friedrich franz
  josef heinrich jacques philippe alain laurent olivier christophe frederic sebastien julien
  guillaume antoine maxime thierry didier yves gerard bernard rene carlos luis miguel javier pedro
  pablo sergio fernando jorge manuel antonio alejandro greg craig neil ron don jeff matt nick`;

const genders = new Map<string, Gender>();
for (const w of FEMALE.split(/\s+/)) if (w) genders.set(foldWord(w), 'f');
for (const w of MALE.split(/\s+/)) if (w) genders.set(foldWord(w), 'm');

/** The gender a given name (folded) suggests, or null when unknown or shared. */
export function givenNameGender(folded: string): Gender | null {
  return genders.get(folded) ?? null;
}
