import { render } from 'solid-js/web';
import { App } from './app.tsx';
import { language } from './i18n.ts';
import '@kaarst/ui/styles.css';
import '@kaarst/ui/frame.css';

document.documentElement.lang = language();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
render(() => <App />, root);
