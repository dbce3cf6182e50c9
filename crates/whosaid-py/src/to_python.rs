//! A report as Python objects, built straight from the engine's structs.
//!
//! The result is what `json.loads` makes of the CLI's JSON (dicts, lists,
//! str, int, float, bool, None; a variant as serde_json writes it), but
//! without writing and rescanning the text, and with each field name made
//! into a Python string once per report rather than once per object: a
//! report holds a million small objects, and that is where Python's time
//! went.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::ser::{self, Serialize};

/// Python objects of `value`, as `json.loads(serde_json::to_string(value))`.
pub fn to_python<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let builder = Builder {
        py,
        field_names: RefCell::new(HashMap::new()),
    };
    value.serialize(&builder).map_err(|error| error.0)
}

struct Builder<'py> {
    py: Python<'py>,
    /// Field names by the address of their `&'static str`: serde hands
    /// every struct field its name as a static, so one lookup finds it.
    field_names: RefCell<HashMap<usize, Bound<'py, PyString>>>,
}

impl<'py> Builder<'py> {
    fn field_name(&self, name: &'static str) -> Bound<'py, PyString> {
        self.field_names
            .borrow_mut()
            .entry(name.as_ptr() as usize)
            .or_insert_with(|| PyString::intern(self.py, name))
            .clone()
    }

    /// `{variant: value}`, serde_json's form of a variant with data.
    fn tagged(
        &self,
        variant: &'static str,
        value: Bound<'py, PyAny>,
    ) -> Result<Object<'py>, Error> {
        let dict = PyDict::new(self.py);
        dict.set_item(self.field_name(variant), value)?;
        Ok(dict.into_any())
    }
}

type Object<'py> = Bound<'py, PyAny>;

/// A Python exception, or serde's message as a `ValueError`.
pub struct Error(PyErr);

impl From<PyErr> for Error {
    fn from(error: PyErr) -> Self {
        Error(error)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(PyValueError::new_err(message.to_string()))
    }
}

fn object<'py, T>(py: Python<'py>, value: T) -> Result<Object<'py>, Error>
where
    T: IntoPyObject<'py>,
    PyErr: From<T::Error>,
{
    Ok(value.into_bound_py_any(py)?)
}

/// Serializer methods for values PyO3 converts itself (bool, int, str of
/// one char), all alike.
macro_rules! serialize_as_python {
    ($($method:ident: $type:ty),* $(,)?) => {
        $(fn $method(self, value: $type) -> Result<Object<'py>, Error> {
            object(self.py, value)
        })*
    };
}

impl<'a, 'py> ser::Serializer for &'a Builder<'py> {
    type Ok = Object<'py>;
    type Error = Error;
    type SerializeSeq = List<'a, 'py>;
    type SerializeTuple = List<'a, 'py>;
    type SerializeTupleStruct = List<'a, 'py>;
    type SerializeTupleVariant = Tagged<List<'a, 'py>>;
    type SerializeMap = Dict<'a, 'py>;
    type SerializeStruct = Dict<'a, 'py>;
    type SerializeStructVariant = Tagged<Dict<'a, 'py>>;

    serialize_as_python! {
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_char: char,
    }
    fn serialize_f32(self, value: f32) -> Result<Object<'py>, Error> {
        self.serialize_f64(f64::from(value))
    }
    /// serde_json writes a number that is not finite as `null`.
    fn serialize_f64(self, value: f64) -> Result<Object<'py>, Error> {
        if value.is_finite() {
            object(self.py, value)
        } else {
            self.serialize_unit()
        }
    }
    fn serialize_str(self, value: &str) -> Result<Object<'py>, Error> {
        Ok(PyString::new(self.py, value).into_any())
    }
    /// serde_json writes bytes as a list of numbers.
    fn serialize_bytes(self, value: &[u8]) -> Result<Object<'py>, Error> {
        Ok(PyList::new(self.py, value)?.into_any())
    }
    fn serialize_none(self) -> Result<Object<'py>, Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Object<'py>, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Object<'py>, Error> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Object<'py>, Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Object<'py>, Error> {
        Ok(self.field_name(variant).into_any())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Object<'py>, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Object<'py>, Error> {
        let value = value.serialize(self)?;
        self.tagged(variant, value)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<List<'a, 'py>, Error> {
        Ok(List {
            builder: self,
            items: Vec::with_capacity(len.unwrap_or(0)),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<List<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<List<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Ok(Tagged {
            variant,
            inner: self.serialize_seq(Some(len))?,
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Dict<'a, 'py>, Error> {
        Ok(Dict {
            builder: self,
            dict: PyDict::new(self.py),
            key: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Dict<'a, 'py>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Ok(Tagged {
            variant,
            inner: self.serialize_map(Some(len))?,
        })
    }
}

/// A list being filled: its items are made first, so the list is made
/// at its full length in one call.
pub struct List<'a, 'py> {
    builder: &'a Builder<'py>,
    items: Vec<Object<'py>>,
}

impl<'py> List<'_, 'py> {
    fn push<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(value.serialize(self.builder)?);
        Ok(())
    }
    fn finish(self) -> Result<Object<'py>, Error> {
        Ok(PyList::new(self.builder.py, self.items)?.into_any())
    }
}

impl<'py> ser::SerializeSeq for List<'_, 'py> {
    type Ok = Object<'py>;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Object<'py>, Error> {
        self.finish()
    }
}

impl<'py> ser::SerializeTuple for List<'_, 'py> {
    type Ok = Object<'py>;
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Object<'py>, Error> {
        self.finish()
    }
}

impl<'py> ser::SerializeTupleStruct for List<'_, 'py> {
    type Ok = Object<'py>;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Object<'py>, Error> {
        self.finish()
    }
}

/// A dict being filled; `key` waits for its value.
pub struct Dict<'a, 'py> {
    builder: &'a Builder<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Object<'py>>,
}

impl<'py> Dict<'_, 'py> {
    fn finish(self) -> Result<Object<'py>, Error> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeMap for Dict<'_, 'py> {
    type Ok = Object<'py>;
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        // JSON keys are strings: serde_json writes a number key as its digits.
        let key = key.serialize(self.builder)?;
        self.key = Some(match key.is_instance_of::<PyString>() {
            true => key,
            false => key.str()?.into_any(),
        });
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        self.dict.set_item(key, value.serialize(self.builder)?)?;
        Ok(())
    }
    fn end(self) -> Result<Object<'py>, Error> {
        self.finish()
    }
}

impl<'py> ser::SerializeStruct for Dict<'_, 'py> {
    type Ok = Object<'py>;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let value = value.serialize(self.builder)?;
        self.dict.set_item(self.builder.field_name(name), value)?;
        Ok(())
    }
    fn end(self) -> Result<Object<'py>, Error> {
        self.finish()
    }
}

/// A variant with data, wrapped as `{variant: data}` when it ends.
pub struct Tagged<Inner> {
    variant: &'static str,
    inner: Inner,
}

impl<'a, 'py> ser::SerializeTupleVariant for Tagged<List<'a, 'py>> {
    type Ok = Object<'py>;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.inner.push(value)
    }
    fn end(self) -> Result<Object<'py>, Error> {
        let builder = self.inner.builder;
        builder.tagged(self.variant, self.inner.finish()?)
    }
}

impl<'a, 'py> ser::SerializeStructVariant for Tagged<Dict<'a, 'py>> {
    type Ok = Object<'py>;
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(&mut self.inner, name, value)
    }
    fn end(self) -> Result<Object<'py>, Error> {
        let builder = self.inner.builder;
        builder.tagged(self.variant, self.inner.finish()?)
    }
}
