// An accessible on/off switch (role="switch", aria-checked), operable with Space and Enter.
interface Props {
  checked: boolean;
  label: string;
  testId: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ checked, label, testId, disabled, onChange }: Props) {
  return (
    <button
      type="button"
      class="switch"
      role="switch"
      aria-checked={checked ? 'true' : 'false'}
      data-testid={testId}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
      <span class="switch-label">{label}</span>
    </button>
  );
}
