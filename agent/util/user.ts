import { userInfo } from 'node:os'

/** The current user's name, or '' when the system has no entry for it (containers). */
export function currentUser (): string {
  try {
    return userInfo().username
  } catch {
    return ''
  }
}
