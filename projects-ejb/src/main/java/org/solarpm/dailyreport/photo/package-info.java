/**
 * Site photos of daily reports: type by magic bytes (JPEG, PNG, WebP only), a size limit, capture
 * time and GPS position read from JPEG EXIF, bytes in the file store.
 */
package org.solarpm.dailyreport.photo;
