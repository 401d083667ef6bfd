/**
 * The one way a word reaches a remote shell. OpenSSH joins the words of the remote command with
 * spaces and hands the string to the user's login shell, so every word is quoted here: wrapped in
 * single quotes, with each `'` written as `'\''`. Inside single quotes a POSIX shell gives no
 * character a meaning (`$`, `;`, backquotes, spaces, newlines stay literal).
 */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A command line for a POSIX shell that runs exactly `argv` (no expansion of any word). */
export function shellCommand(argv: readonly string[]): string {
  if (argv.length === 0) throw new Error('an empty command');
  return argv.map(shellQuote).join(' ');
}
