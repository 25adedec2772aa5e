// First, before any module that builds schemas or starts React: this one sends the first listing.
import { startingTransport } from './api/starting-transport';
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { validatedApiClient } from './api/validated-api-client';
import { App } from './app/App';

const container = document.getElementById('root');
if (container) {
  // Every answer, the first listing's too, is checked against the contract before the UI sees it.
  const api = validatedApiClient(startingTransport);
  createRoot(container).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}
