/**
 * A hand-written stand-in for the `electron` module (the real binary cannot
 * run on build machines). Each test file mocks 'electron' with
 * `createFakeElectron()` and drives the fakes: emit window events, call IPC
 * handlers, click menu items.
 */
type Listener = (...args: any[]) => unknown;

/** An event object like Electron's: records preventDefault. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

/** Makes an event object, with extra fields (e.g. `url`, `sender`). */
export function fakeEvent(extra: Record<string, unknown> = {}): FakeEvent {
  const event: FakeEvent = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event;
}

/** A minimal EventEmitter with on/once/emit. */
export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, fn: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  once(name: string, fn: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(name, wrapped);
      return fn(...args);
    };
    return this.on(name, wrapped);
  }
  removeListener(name: string, fn: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== fn));
    return this;
  }
  emit(name: string, ...args: unknown[]): boolean {
    const ls = this.listeners.get(name) ?? [];
    for (const l of [...ls]) l(...args);
    return ls.length > 0;
  }
  listenerCount(name: string): number {
    return (this.listeners.get(name) ?? []).length;
  }
}

/** A fake frame. */
export interface FakeFrame {
  url: string;
}

/** A fake WebContents. */
export class FakeWebContents extends Emitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame: FakeFrame = { url: '' };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  crashed = false;
  url = 'duthao://app/index.html';
  reloads = 0;
  forcedCrashes = 0;
  printed: unknown[] = [];
  pdfOptions: unknown[] = [];
  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {
    this.forcedCrashes += 1;
  }
  getURL(): string {
    return this.url;
  }
  print(options: unknown, callback?: (ok: boolean, reason: string) => void): void {
    this.printed.push(options);
    callback?.(true, '');
  }
  printToPDF(options: unknown): Promise<Buffer> {
    this.pdfOptions.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.4 page'));
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
}

/** A fake BrowserWindow; every instance is kept in `FakeBrowserWindow.instances`. */
export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  readonly webContents = new FakeWebContents();
  readonly options: any;
  bounds: { x: number; y: number; width: number; height: number };
  loadedUrl: string | null = null;
  destroyed = false;
  closed = false;
  maximized = false;
  minimized = false;
  visible = false;
  focusCount = 0;
  restoreCount = 0;
  closeCalls = 0;
  constructor(options: any) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width, height: options.height };
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  /** Like Electron: emits 'close'; unless prevented, the window is destroyed and 'closed' follows. */
  close(): void {
    this.closeCalls += 1;
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.closed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.restoreCount += 1;
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
}

/** Builds a fresh fake of the whole module. */
export function createFakeElectron() {
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => {
    resolveReady = r;
  });

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    singleInstanceLock: true,
    quitCalls: 0,
    exitCode: null as number | null,
    paths: { userData: '/tmp/duthao-fake-user-data' } as Record<string, string>,
    setPath(name: string, value: string) {
      app.paths[name] = value;
    },
    appPath: '/tmp/duthao-fake-app',
    requestSingleInstanceLock() {
      return app.singleInstanceLock;
    },
    quit() {
      app.quitCalls += 1;
    },
    exit(code: number) {
      app.exitCode = code;
    },
    getPath(name: string) {
      const p = app.paths[name];
      if (!p) throw new Error(`fake app has no path ${name}`);
      return p;
    },
    getAppPath() {
      return app.appPath;
    },
    getVersion() {
      return '0.1.0';
    },
    whenReady() {
      return ready;
    },
    /** Test helper: fire 'ready'. */
    becomeReady() {
      resolveReady();
      return ready;
    },
  });

  const ipcMain = Object.assign(new Emitter(), {
    handlers: new Map<string, Listener>(),
    handle(channel: string, fn: Listener) {
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcMain.handlers.set(channel, fn);
    },
    removeHandler(channel: string) {
      ipcMain.handlers.delete(channel);
    },
  });

  const defaultSession = {
    headersListener: null as Listener | null,
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    listeners: new Map<string, Listener>(),
    on(event: string, fn: Listener) {
      defaultSession.listeners.set(event, fn);
    },
    webRequest: {
      onHeadersReceived(fn: Listener) {
        defaultSession.headersListener = fn;
      },
    },
    setPermissionRequestHandler(fn: Listener) {
      defaultSession.permissionRequestHandler = fn;
    },
    setPermissionCheckHandler(fn: Listener) {
      defaultSession.permissionCheckHandler = fn;
    },
  };

  const Menu = {
    applicationTemplate: null as any[] | null,
    buildFromTemplate(template: any[]) {
      return { template };
    },
    setApplicationMenu(menu: { template: any[] }) {
      Menu.applicationTemplate = menu.template;
    },
  };

  const dialog = {
    errorBoxes: [] as { title: string; content: string }[],
    messageBoxes: [] as unknown[],
    /** Answers the next message boxes get, in order (then 0). */
    responses: [] as number[],
    saveDialogs: [] as unknown[],
    /** What the next save dialog returns (null: cancelled). */
    savePath: null as string | null,
    showErrorBox(title: string, content: string) {
      dialog.errorBoxes.push({ title, content });
    },
    showMessageBox(...args: unknown[]) {
      dialog.messageBoxes.push(args);
      return Promise.resolve({ response: dialog.responses.shift() ?? 0 });
    },
    openDialogs: [] as unknown[],
    /** What the next open dialog returns (null: cancelled). */
    openPath: null as string | null,
    showOpenDialog(...args: unknown[]) {
      dialog.openDialogs.push(args);
      return Promise.resolve({ canceled: dialog.openPath === null, filePaths: dialog.openPath === null ? [] : [dialog.openPath] });
    },
    showSaveDialog(...args: unknown[]) {
      dialog.saveDialogs.push(args);
      return Promise.resolve({ canceled: dialog.savePath === null, filePath: dialog.savePath ?? '' });
    },
  };

  const shell = {
    opened: [] as string[],
    openPath(path: string) {
      shell.opened.push(path);
      return Promise.resolve('');
    },
  };

  const crashReporter = {
    startOptions: null as unknown,
    start(options: unknown) {
      crashReporter.startOptions = options;
    },
  };

  const screen = {
    displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getAllDisplays() {
      return screen.displays;
    },
  };

  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, Listener>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, fn: Listener) {
      protocol.handlers.set(scheme, fn);
    },
  };

  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld(key: string, value: unknown) {
      contextBridge.exposed.set(key, value);
    },
  };

  const ipcRenderer = Object.assign(new Emitter(), {
    invoked: [] as { channel: string; args: unknown[] }[],
    sentToMain: [] as { channel: string; args: unknown[] }[],
    invoke(channel: string, ...args: unknown[]) {
      ipcRenderer.invoked.push({ channel, args });
      return Promise.resolve({ ok: true, value: channel });
    },
    send(channel: string, ...args: unknown[]) {
      ipcRenderer.sentToMain.push({ channel, args });
    },
  });

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    Menu,
    session: { defaultSession },
    dialog,
    screen,
    protocol,
    contextBridge,
    ipcRenderer,
    shell,
    crashReporter,
  };
}

/** The type of the fake module. */
export type FakeElectron = ReturnType<typeof createFakeElectron>;
