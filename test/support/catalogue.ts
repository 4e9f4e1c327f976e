import { setLanguage } from '../../src/ui/i18n/messages.ts';

// The interface's catalogues load before the app's first render; unit tests of screen code start the same way.
await setLanguage('en', false);
