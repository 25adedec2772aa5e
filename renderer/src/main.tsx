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
import { chooseApiClient } from './api/choose-api-client';
import { withFirstListingAsked } from './api/with-first-listing-asked';
import { App } from './app/App';
import { firstListingWindow } from './stores/workspace-store';

const container = document.getElementById('root');
if (container) {
  // A large library's newest articles are on their way while React and the editor's code start.
  const api = withFirstListingAsked(chooseApiClient(), firstListingWindow);
  createRoot(container).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}
