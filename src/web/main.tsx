import '@utrecht/design-tokens/dist/root.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html mist <div id="root">');
createRoot(container).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
);
