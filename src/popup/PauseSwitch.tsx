// The global pause: Parallax stops annotating on every site until it is resumed.
import { command } from './commands.ts';
import { Switch } from './Switch.tsx';

export function PauseSwitch({ paused }: { paused: boolean }) {
  return <Switch checked={paused} label="Pause everywhere" testId="global-pause" onChange={(p) => void command({ type: 'setPaused', paused: p })} />;
}
