/**
 * The sign-in page's words in English (en.ts takes its `common` and `signIn` ones from here):
 * a module of their own, so that the page, which shows both languages side by side, loads these
 * rather than both dictionaries.
 */
export const enSignIn = {
  common: {
    appName: "Client Portal",
    serviceName: "Call Management Solutions",
    serviceUnavailable: "The service is briefly unavailable. Please try again in a moment.",
  },
  signIn: {
    title: "Please sign in",
    username: "User Name",
    password: "Password",
    submit: "Enter",
    busy: "Checking…",
    invalid: "Invalid user name or password.",
    throttled: (seconds: number) => `Too many attempts. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    missing: "Enter your user name and password.",
    networkError: "The server is not answering. Check your connection.",
    pageTitle: "Sign in",
  },
};
