/**
 * Renderer entry: picks the transport (desktop bridge or web host), builds
 * the API client and mounts the app.
 */
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { createApiClient } from './api/client';
import { pickTransport } from './api/pickTransport';
import { App } from './app/App';
import { CommandContext } from './app/CommandContext';
import { createCommandHub } from './app/commands';
import { EditorSlotsContext } from './app/editorSlots';
import { INSTALLED_EDITOR_SLOTS } from './app/installedSlots';
import { ErrorBoundary } from './shell/ErrorBoundary';
import './styles/base.css';
import './styles/library.css';
import './styles/editor-screen.css';
import './styles/print.css';

const { transport, bridge } = pickTransport();
const api = createApiClient(transport);
const hub = createCommandHub();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <ErrorBoundary>
    <ApiContext.Provider value={api}>
      <CommandContext.Provider value={hub}>
        <EditorSlotsContext.Provider value={INSTALLED_EDITOR_SLOTS}>
          <App bridge={bridge} />
        </EditorSlotsContext.Provider>
      </CommandContext.Provider>
    </ApiContext.Provider>
  </ErrorBoundary>,
);
