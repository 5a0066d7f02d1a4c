import { type FormEvent, useState } from 'react';
import { fieldIssues } from '../../api/client.js';
import type { Me } from '../../api/types.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/FormField.js';
import { useSignIn } from './use-session.js';

/** E-mail and password; errors appear at each field and in a summary that takes focus. */
export function SignInForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const signIn = useSignIn();

  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!email.trim()) found.push({ fieldId: 'email', message: 'Vul uw e-mailadres in.' });
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) found.push({ fieldId: 'email', message: 'Vul een e-mailadres in zoals naam@gemeente.nl.' });
    if (!password) found.push({ fieldId: 'wachtwoord', message: 'Vul uw wachtwoord in.' });
    setErrors(found);
    setServerMessage(undefined);
    setAttempt((count) => count + 1);
    if (found.length > 0) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          const issues = fieldIssues(error);
          const fieldErrors: FieldError[] = [];
          if (issues.email) fieldErrors.push({ fieldId: 'email', message: issues.email });
          if (issues.password) fieldErrors.push({ fieldId: 'wachtwoord', message: issues.password });
          setErrors(fieldErrors);
          setServerMessage(error.message);
          setAttempt((count) => count + 1);
        },
      },
    );
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
      <TextField
        id="email"
        label="E-mailadres"
        type="email"
        autoComplete="username"
        value={email}
        onValueChange={setEmail}
        error={errorFor('email')}
      />
      <TextField
        id="wachtwoord"
        label="Wachtwoord"
        type="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errorFor('wachtwoord')}
      />
      <Button type="submit" appearance="primary" busy={signIn.isPending} disabled={signIn.isPending}>
        {signIn.isPending ? 'Bezig met inloggen…' : 'Inloggen'}
      </Button>
    </form>
  );
}
