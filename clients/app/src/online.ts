/** Whether the phone has a network now (navigator.onLine, kept current). */
import { createSignal } from 'solid-js';

const [online, setOnline] = createSignal(navigator.onLine);
window.addEventListener('online', () => setOnline(true));
window.addEventListener('offline', () => setOnline(false));

export { online };
