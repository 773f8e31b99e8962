/** What the sign-in form says about a failed attempt: one sentence, and a message at each field concerned. */

export interface LoginErrors {
  sentence: string;
  email?: string;
  password?: string;
}

/** Checks done before asking the server, worded like the server's own. */
export function checkLoginFields(email: string, password: string): LoginErrors | null {
  const errors: LoginErrors = { sentence: '' };
  if (!email.trim()) errors.email = 'Enter your e-mail address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = 'This is not an e-mail address.';
  if (!password) errors.password = 'Enter the password.';
  if (!errors.email && !errors.password) return null;
  errors.sentence = 'Correct the field marked below.';
  if (errors.email && errors.password) errors.sentence = 'Correct the fields marked below.';
  return errors;
}

interface ServerError {
  message: string;
  data?: { httpStatus?: number; problems?: { path?: string; message: string }[] } | null;
}

export function loginErrorsOf(error: ServerError): LoginErrors {
  const status = error.data?.httpStatus;
  if (status === 401) {
    return {
      sentence: 'Wrong e-mail address or password. Check both and try again.',
      password: 'Wrong e-mail address or password.',
    };
  }
  if (status === 429) return { sentence: `${error.message.replace(/\.$/, '')}. Wait before the next attempt.` };
  const errors: LoginErrors = { sentence: 'The sign-in was refused: correct the fields marked below.' };
  for (const p of error.data?.problems ?? []) {
    if (p.path === 'email') errors.email = `The e-mail address ${p.message}.`;
    if (p.path === 'password') errors.password = `The password: ${p.message}.`;
  }
  if (!errors.email && !errors.password) {
    errors.sentence = /fetch|network|JSON/i.test(error.message)
      ? 'The server could not be reached; try again in a moment.'
      : `The sign-in failed: ${error.message.replace(/\.$/, '')}.`;
  }
  return errors;
}

/** Where to go after signing in: the page the reader came from, if it is one of ours. */
export function returnPath(from: string | undefined): string {
  if (!from?.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) return '/';
  return from;
}
