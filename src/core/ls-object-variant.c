/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Domain objects as GVariant dictionaries (ls-object-variant.h). */
#include "ls-object-variant.h"
#include "ls-row-version.h"

#define ROW_VERSION "row-version"
/* 31 December 9999, the last day GDate gives a year for */
#define LAST_JULIAN 3652059u

static gboolean
settable (GParamSpec *spec)
{
  return (spec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE && (spec->flags & G_PARAM_CONSTRUCT_ONLY) == 0;
}

/* A GDate travels as its Julian day (0: not set). */
static GVariant *
value_to_variant (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      return g_variant_new ("ms", g_value_get_string (value));
    case G_TYPE_BOOLEAN:
      return g_variant_new_boolean (g_value_get_boolean (value));
    case G_TYPE_INT:
      return g_variant_new_int32 (g_value_get_int (value));
    case G_TYPE_UINT:
      return g_variant_new_uint32 (g_value_get_uint (value));
    case G_TYPE_INT64:
      return g_variant_new_int64 (g_value_get_int64 (value));
    case G_TYPE_UINT64:
      return g_variant_new_uint64 (g_value_get_uint64 (value));
    case G_TYPE_DOUBLE:
      return g_variant_new_double (g_value_get_double (value));
    case G_TYPE_ENUM:
      return g_variant_new_int32 (g_value_get_enum (value));
    case G_TYPE_FLAGS:
      return g_variant_new_uint32 (g_value_get_flags (value));
    case G_TYPE_BOXED:
      if (type == G_TYPE_DATE)
        {
          const GDate *date = g_value_get_boxed (value);

          return g_variant_new_uint32 (date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0);
        }
      return NULL;
    default:
      return NULL;
    }
}

static gboolean
variant_to_value (GVariant *variant,
                  GValue   *value)
{
  GType type = G_VALUE_TYPE (value);

#define IS(t) g_variant_is_of_type (variant, G_VARIANT_TYPE (t))
  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      if (!IS ("ms"))
        return FALSE;
      {
        g_autoptr(GVariant) inner = g_variant_get_maybe (variant);

        g_value_set_string (value, inner != NULL ? g_variant_get_string (inner, NULL) : NULL);
      }
      return TRUE;
    case G_TYPE_BOOLEAN:
      return IS ("b") && (g_value_set_boolean (value, g_variant_get_boolean (variant)), TRUE);
    case G_TYPE_INT:
      return IS ("i") && (g_value_set_int (value, g_variant_get_int32 (variant)), TRUE);
    case G_TYPE_UINT:
      return IS ("u") && (g_value_set_uint (value, g_variant_get_uint32 (variant)), TRUE);
    case G_TYPE_INT64:
      return IS ("x") && (g_value_set_int64 (value, g_variant_get_int64 (variant)), TRUE);
    case G_TYPE_UINT64:
      return IS ("t") && (g_value_set_uint64 (value, g_variant_get_uint64 (variant)), TRUE);
    case G_TYPE_DOUBLE:
      return IS ("d") && (g_value_set_double (value, g_variant_get_double (variant)), TRUE);
    case G_TYPE_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (type);

        /* a value this version does not know is not set */
        if (!IS ("i") || g_enum_get_value (klass, g_variant_get_int32 (variant)) == NULL)
          return FALSE;
        g_value_set_enum (value, g_variant_get_int32 (variant));
        return TRUE;
      }
    case G_TYPE_FLAGS:
      return IS ("u") && (g_value_set_flags (value, g_variant_get_uint32 (variant)), TRUE);
    case G_TYPE_BOXED:
      if (type == G_TYPE_DATE && IS ("u"))
        {
          guint32 julian = g_variant_get_uint32 (variant);

          if (julian == 0)
            g_value_set_boxed (value, NULL);
          else if (julian <= LAST_JULIAN)
            g_value_take_boxed (value, g_date_new_julian (julian));
          else
            return FALSE;
          return TRUE;
        }
      return FALSE;
    default:
      return FALSE;
    }
#undef IS
}

GVariant *
ls_object_to_variant (gpointer object)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autofree GParamSpec **specs = NULL;
  guint n;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      GVariant *variant;

      if (!settable (specs[i]))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (object, specs[i]->name, &value);
      variant = value_to_variant (&value);
      if (variant != NULL)
        g_variant_builder_add (&builder, "{sv}", specs[i]->name, variant);
    }
  g_variant_builder_add (&builder, "{sv}", ROW_VERSION, g_variant_new_int64 (ls_row_version_get (object)));
  return g_variant_builder_end (&builder);
}

void
ls_object_set_from_variant (gpointer  object,
                            GVariant *values)
{
  GVariantIter iter;
  const char *name;
  GVariant *variant;

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (g_variant_is_of_type (values, G_VARIANT_TYPE_VARDICT));

  g_object_freeze_notify (object);
  g_variant_iter_init (&iter, values);
  while (g_variant_iter_loop (&iter, "{&sv}", &name, &variant))
    {
      GParamSpec *spec;
      g_auto(GValue) value = G_VALUE_INIT;

      if (g_str_equal (name, ROW_VERSION))
        {
          if (g_variant_is_of_type (variant, G_VARIANT_TYPE_INT64))
            ls_row_version_set (object, g_variant_get_int64 (variant));
          continue;
        }
      spec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
      if (spec == NULL || !settable (spec))
        continue;
      g_value_init (&value, spec->value_type);
      /* out of the property's range (validating changed it): not set */
      if (variant_to_value (variant, &value) && !g_param_value_validate (spec, &value))
        g_object_set_property (object, name, &value);
    }
  g_object_thaw_notify (object);
}

GVariant *
ls_object_variant_merge (GVariant *base,
                         GVariant *mine,
                         GVariant *theirs,
                         gboolean *clash)
{
  g_auto(GVariantDict) merged = G_VARIANT_DICT_INIT (theirs);
  GVariantIter iter;
  const char *name;
  GVariant *value;

  g_return_val_if_fail (g_variant_is_of_type (base, G_VARIANT_TYPE_VARDICT), NULL);
  g_return_val_if_fail (g_variant_is_of_type (mine, G_VARIANT_TYPE_VARDICT), NULL);
  g_return_val_if_fail (g_variant_is_of_type (theirs, G_VARIANT_TYPE_VARDICT), NULL);

  *clash = FALSE;
  g_variant_iter_init (&iter, mine);
  while (g_variant_iter_loop (&iter, "{&sv}", &name, &value))
    {
      g_autoptr(GVariant) was = g_variant_lookup_value (base, name, NULL);
      g_autoptr(GVariant) other = g_variant_lookup_value (theirs, name, NULL);

      if (g_str_equal (name, ROW_VERSION) || (was != NULL && g_variant_equal (was, value)))
        continue;
      /* changed by the caseworker: theirs too, and otherwise? */
      if (other != NULL && !g_variant_equal (other, value) && (was == NULL || !g_variant_equal (other, was)))
        *clash = TRUE;
      g_variant_dict_insert_value (&merged, name, value);
    }
  return g_variant_dict_end (&merged);
}
