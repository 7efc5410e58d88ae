import { render } from 'solid-js/web';
import { App } from './app.tsx';
import '@kaarst/ui/styles.css';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
render(() => <App />, root);
