/**
 * Renderer entry: picks the transport (desktop bridge or web host), builds
 * the API client and mounts the app.
 */
import { createRoot } from 'react-dom/client';
import { ApiContext } from './platform/api/ApiContext';
import { createApiClient } from './platform/api/client';
import { pickTransport } from './platform/api/pickTransport';
import { App } from './app/App';
import { CommandContext } from './editor/contributions/CommandContext';
import { createCommandHub } from './editor/contributions/commands';
import { EditorContributionsContext } from './screens/editor-screen/editorContext';
import { INSTALLED_CONTRIBUTIONS } from './app/contributions';
import { ErrorBoundary } from './platform/shell/ErrorBoundary';
import './platform/styles/base.css';
import './platform/styles/library.css';
import './platform/styles/editor-screen.css';
import './platform/styles/print.css';

const { transport, bridge } = pickTransport();
const api = createApiClient(transport);
const hub = createCommandHub();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <ErrorBoundary>
    <ApiContext.Provider value={api}>
      <CommandContext.Provider value={hub}>
        <EditorContributionsContext.Provider value={INSTALLED_CONTRIBUTIONS}>
          <App bridge={bridge} />
        </EditorContributionsContext.Provider>
      </CommandContext.Provider>
    </ApiContext.Provider>
  </ErrorBoundary>,
);
