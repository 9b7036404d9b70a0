/* tp-emotion-chart.h — the emotion curve of a walk, step by step
 *
 * Copyright 2026 The Touchpoint authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TP_TYPE_EMOTION_CHART (tp_emotion_chart_get_type ())

G_DECLARE_FINAL_TYPE (TpEmotionChart, tp_emotion_chart, TP, EMOTION_CHART, GtkWidget)

GtkWidget *tp_emotion_chart_new        (void);
GArray    *tp_emotion_chart_get_emotion (TpEmotionChart *self);
void       tp_emotion_chart_set_emotion (TpEmotionChart *self,
                                         GArray         *emotion);
void       tp_emotion_chart_set_values  (TpEmotionChart *self,
                                         const int      *values,
                                         guint           n_values);
guint      tp_emotion_chart_get_n_steps (TpEmotionChart *self);
void       tp_emotion_chart_set_n_steps (TpEmotionChart *self,
                                         guint           n_steps);

char      *tp_emotion_format_value      (int             value);

G_END_DECLS
