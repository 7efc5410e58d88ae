import { render } from 'solid-js/web';
import { App } from './app.tsx';
// The clients' shared stylesheet (colours, forms, cards), then the workbench's own additions.
import '@kaarst/ui/styles.css';
import './staff.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
render(() => <App />, root);
