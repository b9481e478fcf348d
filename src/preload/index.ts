import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './create-bridge';

// The sandboxed preload: the page gets `window.handbook` (the HandbookBridge) and nothing else.
exposeBridge(contextBridge, ipcRenderer);
