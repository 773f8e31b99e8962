/** Sign in: e-mail and password; errors at the field and as a sentence; back to the page the reader came from. */
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { switchAccount, useMe } from '../../app/account.ts';
import { trpc } from '../../lib/trpc.ts';
import { checkLoginFields, type LoginErrors, loginErrorsOf, returnPath } from './login-errors.data.ts';

export function LoginPage() {
  const navigate = useNavigate();
  const from = useRouterState({ select: (s) => s.location.state.from });
  const me = useMe();
  const [errors, setErrors] = useState<LoginErrors | null>(null);
  const id = useId();
  const login = useMutation({
    ...trpc.auth.login.mutationOptions(),
    onSuccess: async ({ user }) => {
      await switchAccount(user);
      await navigate({ href: returnPath(from), replace: true });
    },
    onError: (error) => setErrors(loginErrorsOf(error)),
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    const local = checkLoginFields(email, password);
    setErrors(local);
    if (!local) login.mutate({ email: email.trim(), password });
  };

  const field = (name: 'email' | 'password') => ({
    id: `${id}-${name}`,
    name,
    'aria-invalid': errors?.[name] ? true : undefined,
    'aria-describedby': errors?.[name] ? `${id}-${name}-error` : undefined,
  });
  return (
    <div className="narrow-page">
      <h1>Sign in</h1>
      <p className="muted">
        Accounts are for analysts, submitters and admins. Everything public can be read without one.
      </p>
      {me && (
        <p className="note" role="status">
          You are signed in as {me.name} ({me.role}). Signing in again ends that session.
        </p>
      )}
      <form className="card stacked-form" noValidate onSubmit={submit} data-state={login.isPending ? 'busy' : 'idle'}>
        {errors && (
          <p className="form-error" role="alert">
            {errors.sentence}
          </p>
        )}
        <label htmlFor={`${id}-email`}>E-mail address</label>
        <input {...field('email')} type="email" autoComplete="username" />
        {errors?.email && (
          <p className="field-error" id={`${id}-email-error`}>
            {errors.email}
          </p>
        )}
        <label htmlFor={`${id}-password`}>Password</label>
        <input {...field('password')} type="password" autoComplete="current-password" />
        {errors?.password && (
          <p className="field-error" id={`${id}-password-error`}>
            {errors.password}
          </p>
        )}
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
