import { useMutation } from '@apollo/client/react';
import { Alert, Button, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useSession } from '../api/session-context';
import { useT } from '../i18n/language';
import { AppShell } from '../layout/app-shell';
import { SIGN_IN } from './sign-in.operations';

export function SignInPage() {
  const t = useT();
  const { signIn, expired } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState(false);
  const [run, { loading }] = useMutation(SIGN_IN);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailed(false);
    try {
      const { data } = await run({ variables: { input: { username: username.trim(), password } } });
      if (data) signIn(data.signIn);
    } catch {
      setFailed(true);
    }
  }

  return (
    <AppShell title={t.signIn.title}>
      <Heading1>{t.signIn.title}</Heading1>
      <Paragraph>{t.signIn.intro}</Paragraph>
      <form className="ll-form ll-narrow" onSubmit={submit} noValidate>
        {expired && !failed && (
          <Alert type="info">
            <Paragraph>{t.error.unauthenticated}</Paragraph>
          </Alert>
        )}
        {failed && (
          <Alert type="error" role="alert">
            <Paragraph>{t.signIn.failed}</Paragraph>
          </Alert>
        )}
        <FormFieldTextbox
          label={t.signIn.username}
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername((e.target as HTMLInputElement).value)}
        />
        <FormFieldTextbox
          label={t.signIn.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword((e.target as HTMLInputElement).value)}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? t.signIn.busy : t.signIn.submit}
        </Button>
      </form>
    </AppShell>
  );
}
