import type { ReactNode } from 'react';

/** A dialog's form: Enter or the submit button runs `onSubmit`, without the browser's page reload. */
export function DialogForm({
  className,
  onSubmit,
  children,
}: {
  className: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** A dialog form's buttons: any others first, then the primary submit, then the one that leaves without a change. */
export function SubmitButtons({
  submit,
  cancel,
  onCancel,
  className = 'editor__actions',
  children,
}: {
  submit: string;
  cancel: string;
  onCancel: () => void;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      {children}
      <button type="submit" className="primary">
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
