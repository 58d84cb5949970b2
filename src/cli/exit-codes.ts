/** The CLI's exit statuses, shared by its commands. */
export const EXIT_OK = 0;
/** The policy has errors. */
export const EXIT_INVALID = 1;
/** Bad arguments or an unreadable file. */
export const EXIT_USAGE = 2;
