// Content-script entry (placeholder for slice 1).
document.documentElement.dataset.pxProbe = '1';
